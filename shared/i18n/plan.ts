/** Messages of the climbing plan (登高计划): rule results, readiness, milestones and due dates. */
import { defineMessages } from './define';

export const planMessages = defineMessages(
  {
    'plan.rule.policyMatches': '计划依据的政策（{planPolicy}）应为当前适用的政策（{policy}）',
    'plan.rule.currentGradeKnown': '需要一份已定稿的信息化水平评价来确定当前等级',
    'plan.rule.targetBelowCurrent': '目标等级（{target} 级）不得低于当前等级（{current} 级）',
    'plan.rule.targetAtLeastMinimum': '当前为 {current} 级的企业，登高目标须达到 {minimum} 级或以上（计划目标为 {target} 级）',
    'plan.rule.targetByDeadline': '当前为 {current} 级的企业须在 {deadline} 前达到目标（计划目标日期为 {targetDate}）',
    'plan.rule.nextGradeUp': '当前为 {current} 级的企业，登高目标至少为上一级 {next} 级（计划目标为 {target} 级）',
    'plan.rule.benchmarkRequired': 'A 级企业须与国际先进水平全面对标，至少填写一项对标（现有 {count} 项）',
    'plan.rule.missingTasks': '计划须列出主要任务',
    'plan.rule.missingMeasures': '任务“{task}”须列出采取的措施',
    'plan.rule.missingMilestones': '计划须有达到目标的时间进度（至少一个里程碑）',
    'plan.rule.milestoneAfterTarget': '里程碑“{milestone}”的日期（{dueDate}）不得晚于计划目标日期（{targetDate}）',
    'plan.rule.milestoneUnknownTask': '里程碑“{milestone}”关联的任务（{taskId}）不存在',
    'plan.rule.taskUnknownIndicator': '任务“{task}”关联的指标 {indicator} 不在评价模板中',
    'plan.rule.duplicateId': '编号“{id}”重复',

    'plan.save.refused': '计划有 {count} 处错误，未保存',
    'plan.notReady': '有 {count} 条规则未通过，计划不能标记为待备案',
    'plan.notFound': '找不到登高计划 {id}',
    'plan.none': '还没有登高计划',
    'plan.yearTaken': '{year} 年已有登高计划',
    'plan.milestone.notFound': '计划中没有里程碑 {id}',

    'plan.readiness.ready': '所有规则均已通过，可以标记为待备案',
    'plan.readiness.blocked': '有规则未通过，计划只能保存为草稿',

    'plan.milestone.status.notStarted': '未开始',
    'plan.milestone.status.inProgress': '进行中',
    'plan.milestone.status.done': '已完成',
    'plan.milestone.status.cancelled': '已取消',

    'plan.due.filing': '登高计划报备截止日 {date}',
    'plan.due.milestone': '里程碑“{title}”到期 {date}',
    'plan.due.overdue': '已逾期 {days} 天',
    'plan.benchmark.gap': '差距 {gap}{unit}',
  },
  {
    'plan.rule.policyMatches': 'The plan answers to policy {planPolicy}; it should answer to the current policy {policy}',
    'plan.rule.currentGradeKnown': 'A finalized informatization assessment is needed to know the current grade',
    'plan.rule.targetBelowCurrent': 'The target grade ({target}) must not be below the current grade ({current})',
    'plan.rule.targetAtLeastMinimum': 'An enterprise at grade {current} must aim at grade {minimum} or above (the plan aims at {target})',
    'plan.rule.targetByDeadline': 'An enterprise at grade {current} must reach its target by {deadline} (the plan\'s target date is {targetDate})',
    'plan.rule.nextGradeUp': 'An enterprise at grade {current} must aim at least at the next grade up, {next} (the plan aims at {target})',
    'plan.rule.benchmarkRequired': 'A grade-A enterprise must benchmark itself against the international state of the art: add at least one benchmark (there are {count})',
    'plan.rule.missingTasks': 'The plan must list its main tasks',
    'plan.rule.missingMeasures': 'Task "{task}" must list the measures to be taken',
    'plan.rule.missingMilestones': 'The plan must have a timetable (at least one milestone)',
    'plan.rule.milestoneAfterTarget': 'Milestone "{milestone}" ({dueDate}) must not fall after the plan\'s target date ({targetDate})',
    'plan.rule.milestoneUnknownTask': 'Milestone "{milestone}" refers to a task that does not exist ({taskId})',
    'plan.rule.taskUnknownIndicator': 'Task "{task}" refers to indicator {indicator}, which the assessment template does not have',
    'plan.rule.duplicateId': 'The id "{id}" is used twice',

    'plan.save.refused': 'The plan has {count} error(s); it was not saved',
    'plan.notReady': '{count} rule(s) fail: the plan cannot be marked ready for filing',
    'plan.notFound': 'No climbing plan {id}',
    'plan.none': 'There is no climbing plan yet',
    'plan.yearTaken': 'There is already a climbing plan for {year}',
    'plan.milestone.notFound': 'The plan has no milestone {id}',

    'plan.readiness.ready': 'Every rule passes: the plan can be marked ready for filing',
    'plan.readiness.blocked': 'Some rules fail: the plan can only be saved as a draft',

    'plan.milestone.status.notStarted': 'Not started',
    'plan.milestone.status.inProgress': 'In progress',
    'plan.milestone.status.done': 'Done',
    'plan.milestone.status.cancelled': 'Cancelled',

    'plan.due.filing': 'Climbing plan filing due {date}',
    'plan.due.milestone': 'Milestone "{title}" due {date}',
    'plan.due.overdue': '{days} days overdue',
    'plan.benchmark.gap': 'Gap {gap} {unit}',
  },
);
