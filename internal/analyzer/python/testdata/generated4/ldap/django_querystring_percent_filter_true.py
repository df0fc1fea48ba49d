# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=querystring shape=percent_filter sink=specific expected=true
import ldap
import urllib.parse

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00506(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    search = "(&(objectClass=person)(mail=%s))" % bar
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, search)  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00506/", benchmark_test_00506),
]
