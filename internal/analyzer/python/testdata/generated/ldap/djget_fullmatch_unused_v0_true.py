# generated case: rule=PY-LDAP-INJECTION source=djget propagation=fullmatch_unused sink=v0 expected=true
import ldap
import re

from django.http import JsonResponse


def handle_ldap(request):
    param = request.GET.get("p", "")
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": result})
