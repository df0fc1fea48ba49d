# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=django source=meta shape=ldap3_percent sink=specific expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=people,dc=example,dc=org"


def case_00305(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, "(cn=%s)" % bar, attributes=["mail"])  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00305/", case_00305),
]
