package com.catalog.command.identity.admin;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveSellerCommand(@TargetAggregateIdentifier String userId) {
}
