# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=meta propagation=if_fold_mod_safe (helper class) sink=v1 expected=false
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


def benchmark_test_00493(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00493/", benchmark_test_00493),
]
