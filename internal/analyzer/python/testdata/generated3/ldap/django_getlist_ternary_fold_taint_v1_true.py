# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=getlist propagation=ternary_fold_taint sink=v1 expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00490(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00490/", benchmark_test_00490),
]
