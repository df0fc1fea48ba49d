# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=post shape=title_fstring sink=specific expected=true
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00491(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, f"(sn={bar.title()})")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00491/", benchmark_test_00491),
]
