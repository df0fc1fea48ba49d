# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=post propagation=replace_star (helper class) sink=v0 expected=true
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        bar = param.replace("*", "")
        return bar


def benchmark_test_00523(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00523/", benchmark_test_00523),
]
