import { describe, expect, it } from 'vitest';
import { collisionKey, isListablePath, safeMemberSegment, unsafePathReason } from './paths';

describe('unsafePathReason', () => {
  it.each([
    ['data/workspace.json', null],
    ['attachments/证据/机房照片.jpg', null],
    ['attachments/a b/c.d.txt', null],
    ['', 'empty'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/system.ini', 'drive'],
    ['c:evil', 'drive'],
    ['attachments\\x', 'backslash'],
    ['attachments//x', 'emptySegment'],
    ['attachments/', 'emptySegment'],
    ['../x', 'dotSegment'],
    ['attachments/./x', 'dotSegment'],
    ['attachments/a:b', 'forbiddenCharacter'],
    ['attachments/x\u0000y', 'forbiddenCharacter'],
    ['attachments/what?', 'forbiddenCharacter'],
    ['attachments/\uD800x', 'forbiddenCharacter'],
    ['attachments/NUL.txt', 'reservedDeviceName'],
    ['attachments/com1', 'reservedDeviceName'],
    ['attachments/name.', 'trailingDotOrSpace'],
    ['attachments/name ', 'trailingDotOrSpace'],
    [`attachments/${'长'.repeat(86)}`, 'tooLong'],
    [`attachments/${'a/'.repeat(260)}x`, 'tooLong'],
  ])('%j → %s', (path, reason) => {
    expect(unsafePathReason(path)).toBe(reason);
  });
});

describe('isListablePath', () => {
  it.each([
    ['data/workspace.json', true],
    ['reports/自评估报告.pdf', true],
    ['reports/REPORT.PDF', true],
    ['attachments/any/depth/file.xlsx', true],
    ['signatures/signer.pem', true],
    ['signatures/signer.sm2.pem', true],
    ['manifest.json', false],
    ['signatures/manifest.p7s', false],
    ['data/other.json', false],
    ['reports/sub/x.pdf', false],
    ['reports/x.docx', false],
    ['attachments/../manifest.json', false],
  ])('%s → %s', (path, listable) => {
    expect(isListablePath(path)).toBe(listable);
  });

  it('folds case and Unicode normalisation for collisions', () => {
    expect(collisionKey('A/Caf\u00e9')).toBe(collisionKey('a/cafe\u0301'));
  });
});

describe('safeMemberSegment', () => {
  it.each([
    ['机房照片.jpg', '机房照片.jpg'],
    ['a:b?c*.txt', 'a_b_c_.txt'],
    ['dir/evil\\name', 'dir_evil_name'],
    ['..', 'file'],
    ['report. ', 'report'],
    ['NUL.txt', '_NUL.txt'],
    ['', 'file'],
  ])('%j → %j', (name, expected) => {
    expect(safeMemberSegment(name)).toBe(expected);
  });

  it('shortens a long name to the byte limit and keeps its extension; the result is always a safe path segment', () => {
    const long = `${'长'.repeat(200)}.pdf`;
    const segment = safeMemberSegment(long);
    expect(segment.endsWith('.pdf')).toBe(true);
    expect(new TextEncoder().encode(segment).length).toBeLessThanOrEqual(160);
    for (const name of [long, 'x\u0000y', 'com1', 'a\uD800b', ' . ', 'a'.repeat(400)]) {
      expect(unsafePathReason(`attachments/${safeMemberSegment(name)}`), name).toBeNull();
    }
  });
});
