# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=getdict shape=sanitized_when_long sink=v0 expected=true
import ldap
import re

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00063(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    if len(bar) > 32:
        bar = re.sub(r"[^A-Za-z0-9]", "", bar)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00063/", benchmark_test_00063),
]
