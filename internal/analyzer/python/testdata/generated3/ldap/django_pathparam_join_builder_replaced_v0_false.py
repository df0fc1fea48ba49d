# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=pathparam propagation=join_builder_replaced sink=v0 expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00486(request, test_id):
    param = test_id
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00486/<str:test_id>/", benchmark_test_00486),
]
