# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=django source=post shape=fullmatch_guard sink=specific expected=false
import ldap
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

LDAP_BASE = "ou=people,dc=example,dc=org"


def case_00308(request):
    param = request.POST.get("q", "")
    bar = param
    if not re.fullmatch(r"[a-z0-9_]{1,32}", bar):
        return HttpResponseBadRequest("invalid")
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00308/", case_00308),
]
