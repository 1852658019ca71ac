-- The wall display (issue 12): a role that sees the live board of its sites and nothing else.
ALTER TABLE app_user_role DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user_role ADD CONSTRAINT ck_app_user_role
    CHECK (role IN ('STAFF', 'SUPERVISOR', 'STOCK_KEEPER', 'MANAGER', 'ADMIN', 'DISPLAY'));
