# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=django source=headernames shape=filter_format sink=specific expected=false
import ldap

from django.http import JsonResponse
from django.urls import path
from ldap.filter import filter_format

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00502(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [bar]))
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00502/", benchmark_test_00502),
]
