# interproc/ignored_arg: helpers that accept a request value but return constants
def resolve_export_dir(requested_dir):
    return "/srv/exports"


def backup_command(requested_name):
    return "tar czf /backups/nightly.tgz /srv/data"


def partner_endpoint(requested_url):
    return "https://partner.example.com/api/v1/orders"
