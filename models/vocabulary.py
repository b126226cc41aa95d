"""The codes the schema stores (statuses, contact kinds, modes); importable without SQLAlchemy."""

MANAGEMENT_MODES = ("centralised", "subgroups", "self_governing", "unmanaged")
MEMBER_STATUSES = ("active", "left", "removed")
IDENTITY_KINDS = ("wechat_id", "wechat_nickname", "qq", "phone", "email")
# Identity kinds that name one person: an import row matching one of these updates that member.
MATCHING_KINDS = ("email", "phone", "wechat_id")
