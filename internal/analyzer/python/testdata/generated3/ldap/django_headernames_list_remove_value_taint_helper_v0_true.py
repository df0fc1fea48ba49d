# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=headernames propagation=list_remove_value_taint (helper class) sink=v0 expected=true
import ldap

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


def benchmark_test_00499(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + bar + "))")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00499/", benchmark_test_00499),
]
