# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=querystring propagation=switch_char_taint (helper class) sink=v1 expected=true
import ldap3
import urllib.parse

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


def benchmark_test_00505(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00505/", benchmark_test_00505),
]
