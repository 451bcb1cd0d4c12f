package com.catalog.command.identity.admin;

import com.catalog.command.identity.me.MeResponse;
import java.util.List;

/** One page of the admin's user list, newest first. */
record UserPage(List<MeResponse> items, int page, int size, long total) {
}
