# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=django source=header shape=attrlist_only sink=specific expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=people,dc=example,dc=org"
ATTRS = {"m": "mail", "n": "cn"}


def case_00311(request):
    param = request.headers.get("X-Query", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(objectClass=person)", [ATTRS.get(bar, "cn")])
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00311/", case_00311),
]
