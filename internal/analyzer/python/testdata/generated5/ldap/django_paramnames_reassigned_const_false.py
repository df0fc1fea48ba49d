# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=paramnames shape=reassigned_const expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00363(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    uid = bar
    uid = "guest"
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00363/", benchmark_test_00363),
]
