# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=paramnames shape=ldap3_positional expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00345(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, "(uid=" + bar + ")", attributes=["cn"])  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00345/", benchmark_test_00345),
]
