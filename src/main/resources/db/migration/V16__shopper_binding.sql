-- A CUSTOMER token acts for one shopper: the e-mail it was bound to when issued, kept normalised.
alter table api_token add column customer_email text
    check (customer_email is null or customer_email = lower(btrim(customer_email)));

-- Customer tokens issued before the binding act for nobody in particular: they stop working and are issued again
-- with the shopper's e-mail.
update api_token set revoked_at = now()
 where customer_email is null and revoked_at is null and roles ~ '(^|,)CUSTOMER(,|$)';

-- An order with no delivery on record is refused unless the policy sends such returns to review.
alter table return_policy add column review_undelivered boolean not null default false;
