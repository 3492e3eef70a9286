import { describe, expect, it } from 'vitest';
import { unsupportedNodeMessage } from './node-version';

describe('the gateway’s Node.js version check', () => {
  it('accepts Node 24 and refuses other majors, naming the one needed', () => {
    expect(unsupportedNodeMessage('v24.22.3')).toBeNull();
    expect(unsupportedNodeMessage('v20.20.2')).toContain('needs Node.js 24 LTS');
    expect(unsupportedNodeMessage('v20.20.2')).toContain('v20.20.2');
    expect(unsupportedNodeMessage('v26.1.0')).toContain('needs Node.js 24 LTS');
  });
});
