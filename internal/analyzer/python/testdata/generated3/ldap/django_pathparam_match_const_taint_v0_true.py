# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=pathparam propagation=match_const_taint sink=v0 expected=true
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00508(request, test_id):
    param = test_id
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00508/<str:test_id>/", benchmark_test_00508),
]
