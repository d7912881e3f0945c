import { z } from 'zod';
import { method } from '../core';
import { profileSchema } from './schemas';

export const profileMethods = {
  'profile.get': method({ kind: 'read', input: z.object({}), output: profileSchema.nullable() }),
  'profile.save': method({ kind: 'write', input: profileSchema, output: profileSchema }),
};
