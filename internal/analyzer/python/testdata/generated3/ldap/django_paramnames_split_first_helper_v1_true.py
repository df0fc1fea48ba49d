# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=paramnames propagation=split_first (helper class) sink=v1 expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00517(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00517/", benchmark_test_00517),
]
