# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=header shape=format_index_safe sink=v1 expected=false
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00202(request):
    param = request.headers.get("X-Benchmark", "")
    bar = "{1}".format(param, "safe")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00202/", benchmark_test_00202),
]
