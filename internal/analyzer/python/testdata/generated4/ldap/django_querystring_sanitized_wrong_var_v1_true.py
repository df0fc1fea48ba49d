# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=querystring shape=sanitized_wrong_var sink=v1 expected=true
import ldap3
import re
import urllib.parse

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00058(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    clean = re.sub(r"[^A-Za-z0-9]", "", param)
    bar = param if clean else ""
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00058/", benchmark_test_00058),
]
