package com.catalog.command.identity.notification;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** DEV ONLY (profile {@code dev}): read the messages sent, newest first; absent in every other profile. */
@RestController
@Profile("dev")
class DevNotificationController {

    private final DevNotificationLog log;

    DevNotificationController(DevNotificationLog log) {
        this.log = log;
    }

    @Operation(summary = "DEV ONLY: messages sent to the notification topic by this instance")
    @GetMapping("/api/v1/dev/notifications")
    List<Notification> sent(@RequestParam(required = false) String to) {
        return log.to(to);
    }
}
