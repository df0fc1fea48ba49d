# generated case: rule=PY-LDAP-INJECTION source=djmeta propagation=direct sink=v0 expected=true
import ldap

from django.http import JsonResponse


def handle_ldap(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": result})
