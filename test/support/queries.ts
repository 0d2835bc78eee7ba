/** The README's example: one query that crosses all five subgraphs. */
export const CROSS_SUBGRAPH_QUERY = /* GraphQL */ `
  query CustomerJourney($type: IdentifierType!, $value: String!) {
    customerByIdentifier(type: $type, value: $value) {
      id
      displayName
      loyaltyTier
      orders(first: 3) {
        number
        channel
        status
        total {
          amount
          currencyCode
        }
        lines {
          quantity
          deliveryMethod
          variant {
            sku
            title
            product {
              title
              brand
            }
          }
          pickupLocation {
            name
            type
          }
          pickupInventory {
            available
            onHand
          }
        }
        fulfillmentOrders {
          status
          location {
            name
            type
          }
          lines {
            quantity
          }
        }
        attribution(model: LINEAR) {
          model
          credits {
            weight
            revenue {
              amount
            }
            campaign {
              name
              channel
            }
          }
        }
      }
    }
  }
`;
