import { describe, expect, it } from 'vitest';
import { CASE_REFERENCE_MAX_LENGTH, caseReferenceProblem } from './check-rules';

describe('caseReferenceProblem', () => {
  it('accepts file numbers as services write them', () => {
    for (const reference of ['R-7', ' DOS-2025-042 ', 'RSA/2026/0042', 'dossier 12', 'CAF#4521', 'A.B_C-9']) {
      expect(caseReferenceProblem(reference), reference).toBeNull();
    }
  });

  it('refuses what is not a file number: no digit (a name), other signs, or too long', () => {
    expect(caseReferenceProblem('   ')).toBe('required');
    expect(caseReferenceProblem('Martine Dupont')).toBe('notAReference');
    expect(caseReferenceProblem('AUDIT-FC')).toBe('notAReference');
    expect(caseReferenceProblem('=HYPERLINK("http://x")1')).toBe('notAReference');
    expect(caseReferenceProblem('-12')).toBe('notAReference');
    expect(caseReferenceProblem('#4521')).toBe('notAReference');
    expect(caseReferenceProblem('Dossier n° 12')).toBe('notAReference');
    expect(caseReferenceProblem(`1${'A'.repeat(CASE_REFERENCE_MAX_LENGTH)}`)).toBe('tooLong');
    expect(caseReferenceProblem(`1${'A'.repeat(CASE_REFERENCE_MAX_LENGTH - 1)}`)).toBeNull();
  });
});
