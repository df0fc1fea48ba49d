# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=post shape=next_genexp_taint sink=v1 expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00252(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = next(v for v in [param, "safe"])
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00252/", benchmark_test_00252),
]
