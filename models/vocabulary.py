"""The codes the schema stores (statuses, contact kinds, modes); importable without SQLAlchemy."""

MANAGEMENT_MODES = ("centralised", "subgroups", "self_governing", "unmanaged")
MEMBER_STATUSES = ("active", "left", "removed")
IDENTITY_KINDS = ("wechat_id", "wechat_nickname", "qq", "phone", "email")
# Identity kinds that name one person: an import row matching one of these updates that member.
MATCHING_KINDS = ("email", "phone", "wechat_id")
CONSENT_KINDS = ("contact", "photos", "directory")  # what a member said yes or no to (member_consent)

UNIT_KINDS = ("pyramid", "ring")
DEFAULT_CAP = 40
# Roles an organiser assigns; any other text is a custom role.
ROLES = ("leader", "subgroup_lead", "core_member", "secretary", "operator",
         "assigns_tasks", "sends_notices", "supervises", "demonstrates")  # fmt: skip
LEAD_ROLES = {"pyramid": "subgroup_lead", "ring": "core_member"}
CONNECTION_SOURCES = ("introduced", "event", "manual")
