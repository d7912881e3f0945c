/** The software-asset part of the canonical data JSON: every register and the saved column mappings. */
import { z } from 'zod';
import { aliasDictionarySchema } from './aliases';
import { mappingProfileSchema } from './methods';
import { deviceSchema, entitlementSchema, installationSchema, positionSnapshotSchema, productSchema, userSchema } from './schemas';

export const samDataSchema = z.object({
  products: z.array(productSchema).default([]),
  entitlements: z.array(entitlementSchema).default([]),
  installations: z.array(installationSchema).default([]),
  devices: z.array(deviceSchema).default([]),
  users: z.array(userSchema).default([]),
  mappingProfiles: z.array(mappingProfileSchema).default([]),
  /** The user's edited alias dictionary; null (and absent in older data) when the shipped one is in use. */
  aliases: aliasDictionarySchema.nullable().default(null),
  /** Position snapshots, oldest first: the rate and the domestic share over time. */
  snapshots: z.array(positionSnapshotSchema).default([]),
});
export type SamData = z.infer<typeof samDataSchema>;

export const EMPTY_SAM_DATA: SamData = {
  products: [],
  entitlements: [],
  installations: [],
  devices: [],
  users: [],
  mappingProfiles: [],
  aliases: null,
  snapshots: [],
};
