# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=querystring propagation=direct sink=safe0 expected=false
import ldap
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from ldap.filter import escape_filter_chars

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00411(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(&(objectclass=person)(uid=" + escape_filter_chars(bar) + "))")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00411/", benchmark_test_00411),
]
