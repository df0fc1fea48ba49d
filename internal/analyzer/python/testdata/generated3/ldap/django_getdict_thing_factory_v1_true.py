# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=getdict propagation=thing_factory sink=v1 expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00492(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    thing = make_thing()
    bar = thing.do_something(param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00492/", benchmark_test_00492),
]
