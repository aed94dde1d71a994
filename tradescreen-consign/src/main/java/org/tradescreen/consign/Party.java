package org.tradescreen.consign;

import java.util.List;

/**
 * A party to a consignment, by its role: {@code shipper, consignee, notify, seller, buyer, final_recipient}.
 * {@code country} is an ISO alpha-2 code in upper case, or empty. Text fields are never null.
 */
public record Party(String role, String name, String addressLine, String city, String country, String phone,
                    String email) {

    public static final List<String> ROLES = List.of("shipper", "consignee", "notify", "seller", "buyer",
            "final_recipient");
}
