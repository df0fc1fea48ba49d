# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=post shape=defaultdict_missing sink=v1 expected=false
import collections
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00092(request):
    param = request.POST.get("BenchmarkTest", "")
    store = collections.defaultdict(str)
    store["term"] = param
    bar = store["other"] or "none"
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00092/", benchmark_test_00092),
]
