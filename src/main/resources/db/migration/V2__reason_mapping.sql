-- External return reason codes mapped to the internal taxonomy (REFERENCE.md, "Return reasons").
insert into reason_mapping (source, external_code, reason, description) values
-- Shopify ReturnReason enum
('shopify', 'COLOR', 'CHANGED_MIND', 'Colour'),
('shopify', 'DEFECTIVE', 'DEFECTIVE', 'Damaged or defective'),
('shopify', 'NOT_AS_DESCRIBED', 'NOT_AS_DESCRIBED', 'Item not as described'),
('shopify', 'OTHER', 'OTHER', 'Other (note required)'),
('shopify', 'SIZE_TOO_LARGE', 'SIZE_FIT', 'Size was too large'),
('shopify', 'SIZE_TOO_SMALL', 'SIZE_FIT', 'Size was too small'),
('shopify', 'STYLE', 'CHANGED_MIND', 'Style'),
('shopify', 'UNKNOWN', 'OTHER', 'Unknown'),
('shopify', 'UNWANTED', 'CHANGED_MIND', 'Changed mind'),
('shopify', 'WRONG_ITEM', 'WRONG_ITEM', 'Received the wrong item'),
-- eBay ReturnReasonEnum (subset that maps cleanly)
('ebay', 'ARRIVED_DAMAGED', 'DAMAGED_IN_TRANSIT', 'Arrived damaged'),
('ebay', 'ARRIVED_LATE', 'ARRIVED_LATE', 'Arrived too late'),
('ebay', 'DEFECTIVE_ITEM', 'DEFECTIVE', 'Defective item'),
('ebay', 'DIFFERENT_FROM_LISTING', 'NOT_AS_DESCRIBED', 'Different from the listing'),
('ebay', 'FAKE_OR_COUNTERFEIT', 'NOT_AS_DESCRIBED', 'Fake or counterfeit'),
('ebay', 'WRONG_SIZE', 'SIZE_FIT', 'Wrong size'),
('ebay', 'NO_LONGER_NEED_ITEM', 'CHANGED_MIND', 'No longer needed'),
('ebay', 'MISSING_PARTS', 'MISSING_PARTS', 'Parts or accessories missing'),
('ebay', 'ORDERED_WRONG_ITEM', 'CHANGED_MIND', 'Buyer ordered the wrong item'),
('ebay', 'FOUND_BETTER_PRICE', 'CHANGED_MIND', 'Found a better price'),
-- Amazon customer return reasons as they appear in FBA return reports
('amazon', 'DEFECTIVE', 'DEFECTIVE', 'Item defective or does not work'),
('amazon', 'DAMAGED_BY_CARRIER', 'DAMAGED_IN_TRANSIT', 'Damaged by carrier'),
('amazon', 'NOT_AS_DESCRIBED', 'NOT_AS_DESCRIBED', 'Not as described'),
('amazon', 'UNWANTED_ITEM', 'CHANGED_MIND', 'No longer needed'),
('amazon', 'SWITCHEROO', 'WRONG_ITEM', 'Returned item differs from the one shipped'),
('amazon', 'MISSING_PARTS', 'MISSING_PARTS', 'Missing parts or accessories'),
('amazon', 'APPAREL_TOO_SMALL', 'SIZE_FIT', 'Too small'),
('amazon', 'APPAREL_TOO_LARGE', 'SIZE_FIT', 'Too large'),
('amazon', 'UNDELIVERABLE_REFUSED', 'DELIVERY_FAILURE', 'Refused by the customer'),
-- X12 EDI 180 element 1293 codes named in REFERENCE.md; the readings below are our assumption:
-- a client confirms them against its trading partner's EDI guide and edits the rows.
('x12-1293', 'DR', 'DEFECTIVE', 'Defective'),
('x12-1293', 'NA', 'WRONG_ITEM', 'Not authorised / not ordered'),
('x12-1293', 'PF', 'DAMAGED_IN_TRANSIT', 'Product damaged in freight'),
('x12-1293', 'WG', 'WRONG_ITEM', 'Wrong goods shipped');
