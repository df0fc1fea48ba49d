# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=post shape=etree_findtext sink=v1 expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path
from xml.etree import ElementTree

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00234(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = ElementTree.fromstring(param).findtext("term", default="")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00234/", benchmark_test_00234),
]
