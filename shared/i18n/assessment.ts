/** Messages of the informatization self-assessment: template and answer findings, formula, labels. */
import { defineMessages } from './define';

export const assessmentMessages = defineMessages(
  {
    'assessment.template.invalidField': '模板字段无效：{detail}',
    'assessment.template.elementWeightsSum': '各要素权重之和为 {sum}，应等于模板声明的 {declared}',
    'assessment.template.indicatorWeightsSum': '要素“{element}”内各指标权重之和为 {sum}，应等于模板声明的 {declared}',
    'assessment.template.thresholdsNotDescending': '{grade} 级分数线（{value}）必须低于 {higherGrade} 级分数线（{higherValue}）',
    'assessment.template.lowestThresholdNotZero': 'E 级分数线应为 0（现为 {value}），以保证任何总分都能得到等级',
    'assessment.template.duplicateId': '编号“{id}”重复',
    'assessment.template.bandOverlap': '评分区间重叠：{from} 至 {to} 落入了多个区间',
    'assessment.template.bandGap': '评分区间有空档：{from} 至 {to} 没有对应的得分',
    'assessment.template.bandEmpty': '评分区间为空：下限 {min} 不小于上限 {max}',
    'assessment.template.rangeInverted': '取值上限 {max} 小于下限 {min}',
    'assessment.template.noPoints': '指标 {indicator} 的满分为 0，无法计分',
    'assessment.template.capUnreachable': '多选题封顶分 {cap} 高于全部选项分值之和 {reachable}，永远无法得满分',

    'assessment.answer.wrongType': '答案的类型与该指标的题型不符',
    'assessment.answer.outOfRange': '答案 {value} 超出允许范围（{min}–{max}）',
    'assessment.answer.notInteger': '答案 {value} 必须是整数',
    'assessment.answer.unknownOption': '选项“{option}”不属于该指标',
    'assessment.answer.duplicateOption': '选项“{option}”被重复选择',
    'assessment.answer.duplicate': '指标 {indicator} 被重复作答',
    'assessment.answer.unknownIndicator': '评价模板中没有指标 {indicator}',

    'assessment.formula.weightedSum':
      '要素得分 = Σ(指标权重 × 指标得分率) ÷ {weightsSum} × 100；总分 = Σ(要素权重 × 要素得分) ÷ {weightsSum}，要素权重依次为 {elementWeights}；未作答的指标计 0 分；得分保留两位小数，按总分确定等级。',
    'assessment.notice.templateDefaults': '本模板的权重和 A–E 等级分数线是登高提供的可编辑默认值，并非国资委官方数值。',
    'assessment.completion': '已答 {answered} / {total}',
    'assessment.move.up': '上升 {delta}',
    'assessment.move.down': '下降 {delta}',

    'assessment.grade.A': 'A 级',
    'assessment.grade.B': 'B 级',
    'assessment.grade.C': 'C 级',
    'assessment.grade.D': 'D 级',
    'assessment.grade.E': 'E 级',

    'assessment.element.leadership': '信息化领导力',
    'assessment.element.infrastructure': '信息化基础建设',
    'assessment.element.application': '信息化应用与效果',
    'assessment.element.governance': 'IT服务管理与IT治理',
    'assessment.element.humanResources': '信息化人力资源',

    'assessment.ruleKind.yesno': '是否题',
    'assessment.ruleKind.scale': '0–5 分等级题',
    'assessment.ruleKind.numeric': '数值题（按区间计分）',
    'assessment.ruleKind.single': '单选题',
    'assessment.ruleKind.multi': '多选题（封顶计分）',
  },
  {
    'assessment.template.invalidField': 'Invalid template field: {detail}',
    'assessment.template.elementWeightsSum': 'The element weights add up to {sum}; the template declares {declared}',
    'assessment.template.indicatorWeightsSum': 'The indicator weights in element "{element}" add up to {sum}; the template declares {declared}',
    'assessment.template.thresholdsNotDescending': 'The grade {grade} threshold ({value}) must be below the grade {higherGrade} threshold ({higherValue})',
    'assessment.template.lowestThresholdNotZero': 'The grade E threshold must be 0 (it is {value}) so that every total earns a grade',
    'assessment.template.duplicateId': 'The id "{id}" is used twice',
    'assessment.template.bandOverlap': 'Scoring bands overlap: {from} to {to} falls in more than one band',
    'assessment.template.bandGap': 'Scoring bands leave a gap: {from} to {to} earns no points',
    'assessment.template.bandEmpty': 'Empty scoring band: its lower bound {min} is not below its upper bound {max}',
    'assessment.template.rangeInverted': 'The highest allowed answer {max} is below the lowest {min}',
    'assessment.template.noPoints': 'Indicator {indicator} has a full score of 0 and cannot be scored',
    'assessment.template.capUnreachable': 'The multiple-choice cap {cap} is above the options\' total {reachable}, so full marks are out of reach',

    'assessment.answer.wrongType': 'The answer\'s type does not fit this indicator\'s kind of question',
    'assessment.answer.outOfRange': 'The answer {value} is outside the allowed range ({min}–{max})',
    'assessment.answer.notInteger': 'The answer {value} must be a whole number',
    'assessment.answer.unknownOption': 'The option "{option}" does not belong to this indicator',
    'assessment.answer.duplicateOption': 'The option "{option}" is chosen twice',
    'assessment.answer.duplicate': 'Indicator {indicator} is answered twice',
    'assessment.answer.unknownIndicator': 'The assessment template has no indicator {indicator}',

    'assessment.formula.weightedSum':
      'Element score = Σ(indicator weight × indicator score rate) ÷ {weightsSum} × 100; total = Σ(element weight × element score) ÷ {weightsSum}, with element weights {elementWeights} in order; unanswered indicators score 0; scores are rounded to 2 decimals and the grade is read from the total.',
    'assessment.notice.templateDefaults': 'This template\'s weights and A–E grade thresholds are Denggao\'s editable defaults, not SASAC\'s official values.',
    'assessment.completion': '{answered} of {total} answered',
    'assessment.move.up': 'up {delta}',
    'assessment.move.down': 'down {delta}',

    'assessment.grade.A': 'Grade A',
    'assessment.grade.B': 'Grade B',
    'assessment.grade.C': 'Grade C',
    'assessment.grade.D': 'Grade D',
    'assessment.grade.E': 'Grade E',

    'assessment.element.leadership': 'IT leadership',
    'assessment.element.infrastructure': 'IT infrastructure',
    'assessment.element.application': 'IT applications and effect',
    'assessment.element.governance': 'IT service management and governance',
    'assessment.element.humanResources': 'IT human resources',

    'assessment.ruleKind.yesno': 'Yes / no',
    'assessment.ruleKind.scale': 'Scale 0–5',
    'assessment.ruleKind.numeric': 'Number (scored by bands)',
    'assessment.ruleKind.single': 'Single choice',
    'assessment.ruleKind.multi': 'Multiple choice (capped)',
  },
);
