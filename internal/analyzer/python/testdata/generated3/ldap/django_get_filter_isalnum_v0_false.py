# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=get propagation=filter_isalnum sink=v0 expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00520(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = "".join(filter(str.isalnum, param))
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00520/", benchmark_test_00520),
]
