# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=post shape=ctx_enter_const sink=v0 expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class Scope:
    def __init__(self, value):
        self.value = value
        self.label = "scope"

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


class Labelled(Scope):
    def __enter__(self):
        return self.label


def benchmark_test_00085(request):
    param = request.POST.get("BenchmarkTest", "")
    with Labelled(param) as entered:
        bar = entered
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00085/", benchmark_test_00085),
]
