package com.catalog.command.brand;

/**
 * Set-based view of all brands' names and slugs, which no single Brand can check alone. Changes join the
 * transaction that appends the command's event, so lookup and events commit or roll back together.
 */
interface BrandLookup {

    /** Serialises every claim of a name or slug until the current transaction ends. */
    void lock();

    boolean contains(String brandId);

    boolean nameTakenByOther(String nameKey, String brandId);

    boolean slugTakenByOther(String slug, String brandId);

    /** Inserts or updates the brand's row. */
    void claim(String brandId, String nameKey, String slug);

    void release(String brandId);
}
