/** The import's field table and vocabularies live with the other catalogues, so the renderer reads the same words. */
export * from '../../../../shared/catalogs/sam/import-fields';
