# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=headernames shape=paged_search expected=true
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00354(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    gen = conn.extend.standard.paged_search(LDAP_BASE, "(uid=" + bar + ")", attributes=["cn"], paged_size=50, generator=True)  # want: PY-LDAP-INJECTION
    result = sum(1 for _ in gen)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00354/", benchmark_test_00354),
]
