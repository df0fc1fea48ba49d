# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=header propagation=list_pop_safe sink=v0 expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00496(request):
    param = request.headers.get("X-Benchmark", "")
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00496/", benchmark_test_00496),
]
