package com.catalog.command.product;

import com.catalog.command.domain.Slugs;

/** Sizes the aggregate enforces; the REST edge reuses them so that bad input is a 400 before it gets here. */
public final class ProductLimits {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 5000;
    public static final int SHORT_DESCRIPTION_MAX_LENGTH = 500;
    /** Locales one localized text may carry. */
    public static final int LOCALES_MAX = 20;
    public static final int LOCALE_MAX_LENGTH = 35;
    public static final int SLUG_MAX_LENGTH = Slugs.MAX_LENGTH;
    /** Prices (one per currency) a product or variant may carry. */
    public static final int PRICES_MAX = 20;
    public static final int ATTRIBUTES_MAX = 50;
    public static final int ATTRIBUTE_KEY_MAX_LENGTH = 64;
    public static final int ATTRIBUTE_VALUE_MAX_LENGTH = 256;
    /** Category and brand ids: opaque references owned by their aggregates. */
    public static final int REFERENCE_ID_MAX_LENGTH = 64;
    /** Variants besides the default one (the product's own SKU). */
    public static final int VARIANTS_MAX = 2000;
    public static final int OPTIONS_MAX = 10;
    public static final int OPTION_NAME_MAX_LENGTH = 64;
    public static final int OPTION_VALUE_MAX_LENGTH = 128;
    public static final int IMAGES_MAX = 50;
    public static final int IMAGE_URL_MAX_LENGTH = 2048;
    public static final int IMAGE_ALT_MAX_LENGTH = 300;
    public static final String SLUG_PATTERN = Slugs.REGEX;
    /** A BCP 47 language tag in its common shapes: en, de-CH, zh-Hant-TW. */
    public static final String LOCALE_PATTERN = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}";
    public static final String REFERENCE_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

    private ProductLimits() {
    }
}
