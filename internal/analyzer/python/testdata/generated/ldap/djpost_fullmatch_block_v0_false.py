# generated case: rule=PY-LDAP-INJECTION source=djpost propagation=fullmatch_block sink=v0 expected=false
import ldap
import re

from django.http import JsonResponse


def handle_ldap(request):
    param = request.POST["p"]
    bar = param
    result = None
    if re.fullmatch(r"[a-z0-9]+", bar):
        conn = ldap.initialize("ldap://ldap.example.com")
        entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
        result = len(entries)
    return JsonResponse({"result": result})
