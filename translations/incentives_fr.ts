<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppContext</name>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search actions, locations, programs and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankProfileDialog</name>
    <message>
        <source>Bank profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the organization&apos;s legal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Contoso EU payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BIC / SWIFT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC or SWIFT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban&amp;k name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>&apos;%1&apos; is not an eligibility criterion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Eligibility requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrollments</name>
    <message>
        <source>No such enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new invitations. Invitations you have opened stay in the Incentives workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status summary by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments that need your action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your inbox is empty. Invitations from Microsoft Partner Center arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Partner incentive enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the program guide and accept the program &amp;terms for this location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incentives Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives &amp;workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payout and tax profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workspace program by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workspace location by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the workspace (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Incentives Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyAccessPage</name>
    <message>
        <source>Your roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For more access, ask an Account admin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>You don&apos;t have an incentives role yet. To see or enroll incentive programs, ask one of your organization&apos;s Account admins to assign you the Incentives admin or Incentives user role for your location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Demo clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+&amp;48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;fiscal-year end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the demo clock to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validations waiting for Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close for enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscontinue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cri&amp;teria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to all (no criteria, no email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What eligibility is judged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partner program a&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;venue (USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing revenue in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;ustomers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;judge eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset demo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>No such bank profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Bank profiles of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add bank profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default bank profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;tax profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>No such program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Assign a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from the initial state…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Incentives Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are. What you may see and do follows that user&apos;s roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateMachine</name>
    <message>
        <source>Only an invitation that is still Invited can be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Invited or Enrolling enrollment can be submitted for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is discontinued; nothing can change here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrollment that is %1 cannot take the step &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Someone else changed this record since it was opened. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxProfileDialog</name>
    <message>
        <source>Tax profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax &amp;form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer Identification Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of &amp;incorporation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Foreign tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign tax identification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treaty claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim treaty benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a reduced rate under an income tax treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Article 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT identification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE136695976</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it as 2026-06-30 or 2026-06-30 14:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write a number and a unit, such as 30m, 1h, 2d, 48h or 1w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Account admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W-8BEN-E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show users by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations and their Incentives admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign Incentives &amp;admin…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, like DE or FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN starts with a country code; %1 is not a known country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not use IBANs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN with the country code %1 (%2) has %3 characters; this one has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are its check digits and must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN check digits do not match: a character is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a BIC (SWIFT code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIC may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six characters of a BIC are letters: four for the bank, two for the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 is not a known country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC&apos;s country (%1) does not match the bank country (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a routing number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routing number may contain only the digits 0Ĺ; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routing number has 9 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routing number cannot start with %1; it starts with 00ጒ, 21ጲ, 61፲ or 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routing number cannot be all zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing number&apos;s checksum does not match: a digit is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a sort code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sort code may contain only the digits 0Ĺ; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sort code has 6 digits, like 12-34-56; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UK account number may contain only the digits 0Ĺ; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UK account number has 8 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an institution number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution number may contain only the digits 0Ĺ; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution number has 3 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a transit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transit number may contain only the digits 0Ĺ; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transit number has 5 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a BSB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BSB may contain only the digits 0Ĺ; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BSB has 6 digits, like 123-456; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IFSC code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IFSC code may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IFSC code has 11 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IFSC code starts with four letters that name the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fifth character of an IFSC code is always the digit 0 (zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account number has 4 to 34 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an EIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EIN may contain only the digits 0Ĺ; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EIN has 9 digits, like 12-3456789; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIN prefix %1 is not assigned by the IRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code has two letters, like DE or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency code has three letters, like EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a PartnerID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PartnerID may contain only the digits 0Ĺ; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PartnerID has 7 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has at most 254 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has exactly one @, like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the email address before the @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the email address before the @ has at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address has no domain after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of the email address cannot contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of the email address needs a dot, like example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of the email address is malformed: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of the email address must end in a name, like .com, not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain the invisible text-direction character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain control characters such as line breaks or tabs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain the invisible formatting character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain the character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U and 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits starting with 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8, 9 or 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, the first not 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits, the first not 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter or digit, 7 digits and a check letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 2-character key and the 9-digit SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 12 digits, GD and 3 digits below 500, or HA and 3 digits from 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 digits and 1 or 2 letters, or the older form like 1A23456B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, the letter B and 2 digits (not 00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 10 digits, the first not 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a VAT number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not issue EU or UK VAT numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number starts with its country code; for %1 that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number starts with its two-letter country code, like DE123456789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek VAT numbers start with EL, not GR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the country code of an EU VAT number; use the code of an EU country, GB or XI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number&apos;s country (%1) does not match the selected country (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the prefix %1 (%2), a VAT number has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VAT number cannot be all zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT number&apos;s check digits do not match: a character is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs, locations (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;eligibility requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives</name>
    <message>
        <source>The email address or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another application; Incentives Desk leaves it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Incentives Desk (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::AuthService</name>
    <message>
        <source>Too many failed sign-ins: wait %1 seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::Database</name>
    <message>
        <source>No database path was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Incentives Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Make it writable or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would duplicate an existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database cannot be copied to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::DirectoryService</name>
    <message>
        <source>A user with the email address %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active Account admin and cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account admin role covers the whole organization; give no location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is the Incentives admin of %3 now. A location has one Incentives admin: replacing them removes the role from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last Account admin; assign another before removing this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold that role there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::EnrollmentService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no invitation for location %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open for enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: complete the payout and tax profiles first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such message in your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::ProfileService</name>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank profile named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Incentives admin of a location that uses this profile can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 signed on %2 expired on %3; sign a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::Simulation</name>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner program agreement is not active (IVDMPA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout and tax profiles must be validated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo clock only moves forward (it is %1 now). Reset the demo to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock can only be advanced by a positive duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is discontinued already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and customer counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::demofiles</name>
    <message>
        <source>A snapshot name has 1 to 60 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an active user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the snapshot &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a demo snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::eligibility</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active Microsoft AI Cloud Partner Program agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired or not signed (IVDMPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Solutions Partner designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized as a CSP indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSP direct-bill partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 new customers in the trailing year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Located in one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::generator</name>
    <message>
        <source>Generate 1 to 1,000,000 locations and 1 to 1,000 programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location misses a criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation cancelled after %1 enrollments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your own actions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfileDialog</name>
    <message>
        <source>Edit bank profile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bank profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving sends these enrollments back to Validating enrollment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABA &amp;routing number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transit number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BS&amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IF&amp;SC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SWIFT code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No currency of this country is paid by the program: choose another bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfilesModel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::ChangePasswordDialog</name>
    <message>
        <source>You signed in with a temporary password. Choose your own to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::EligibilityDialog</name>
    <message>
        <source>%1 has no eligibility criteria: it is open to every location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meets every requirement of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not meet 1 requirement of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not meet %2 requirements of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::HomePage</name>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment Invitation: %1 for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select to start the enrollment. Invited %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxModel</name>
    <message>
        <source>Unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxPage</name>
    <message>
        <source>From: %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::InvitationDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank profile is set for this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the location&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft has all the bank and tax details this program needs. Select Submit to finalize the enrollment; validation takes up to 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More information is needed. Select Continue to complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can enroll it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the program terms first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::MainWindow</name>
    <message>
        <source>Guided scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO CLOCK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo database: its clock is set by the presenter (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 for %2: Validating enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Incentives Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives Desk %1

A desktop workbench for Partner Center&apos;s incentive enrollment: roles, invitations, payout and tax profiles, validation and renewal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::MyAccessPage</name>
    <message>
        <source>%1 — the whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no incentives role yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::PresenterPage</name>
    <message>
        <source>One hour later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>48 hours later: every validation submitted before has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year ended: renewals are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo clock is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft approved %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft rejected %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed for enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinue %1? Every enrollment in it becomes Discontinued, for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is discontinued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is published; eligibility is judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; eligibility is judged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the snapshot &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, which ends on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the shipped demo data? Everything done since is lost unless you saved a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is back to its shipped state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current demo with the snapshot &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the snapshot &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProfilesPage</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — %1 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Incentives admin can add bank profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Incentives admin of a location that uses this profile can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make default for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the location&apos;s Incentives admin chooses its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the location&apos;s Incentives admin edits its tax profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, complete the tax profile of this location, then select Enroll again in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, add or choose a bank profile the program can pay (%3) and make it the location&apos;s default, then select Enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default bank profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::RoleDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a role to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the Incentives admin of %2 now. A location has one: saving gives the role to this user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Incentives admin: its %2 waiting invitation(s) will reach this user&apos;s inbox at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account admins manage users and roles for the whole organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Incentives admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will lose the Incentives admin role for %2. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::ScenariosPanel</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting from the initial state resets the demo to its shipped data. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::Session</name>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo database: choose who you are, no password needed. What you may see and do follows that user&apos;s roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incentives role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Choose a new password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxProfileDialog</name>
    <message>
        <source>Tax profile — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A US location files a W-9 with its Employer Identification Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, valid until the end of the third calendar year after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving sends these enrollments of %1 back to Validating enrollment: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form signed then has expired already; sign a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form stays valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A W-9 does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::UsersPage</name>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users without a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incentives role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No Incentives admin — invitations for this location are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in the first time with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign Incentives admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the user in the Users tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1 to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or act. Their history stays in the audit log. Deactivate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in next with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the program guide of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation is expected to end by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspacePage</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the matching enrollments… the first %1 are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no invitations or enrollments for your locations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invitation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Incentives admin of %1 can enroll it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment is %1: there is nothing to enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invitation of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;The program guide is published in Partner Center&apos;s Resources column.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program guide — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::passwords</name>
    <message>
        <source>Use at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 512 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix letters with digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::rules</name>
    <message>
        <source>US bank accounts are paid in USD only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IBAN belongs to a bank in %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A US location files a W-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the form was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank profile is chosen: set a default for this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; needs action: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pays in %2; the bank profile &apos;%3&apos; is in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not pay by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location has no tax profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax profile is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax profile needs action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank or tax details are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holder &apos;%1&apos; does not match the legal name &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update payout and tax profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the bank profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the tax profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete payout and tax profiles, then Submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Validation is expected to end by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Validation takes up to 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See eligibility requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is closed for enrollment; wait for it to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is not open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. The program is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::scenarios</name>
    <message>
        <source>Enroll a location from the invitation email to Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as Bao Nguyen (Incentives admin of 4649101). Microsoft Security Incentives invited the US location by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Partner Incentive Enrollment Invitation in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Get Started, accept the terms and Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the demo clock until Microsoft has validated (up to 48 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign an Incentives admin to a location without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as Avery Brooks (Account admin). Contoso Japan (4649105) has no Incentives admin, so its invitations wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the Incentives admin role for 4649105 (e.g. to Kenji Tanaka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting invitations arrive in the new admin&apos;s inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new admin accepts one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected bank profile and its fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as Charlotte Evans (Incentives admin of 4649102). Microsoft rejected the UK&apos;s bank profile: its account holder is not the organization&apos;s legal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &apos;Contoso UK Payout&apos; so that the account holder is Contoso Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll again and Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the demo clock: Microsoft approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal-year rollover: one renews, one does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On 1 July Microsoft renews every enrollment whose location is still eligible, has an active agreement and complete payout and tax details. France&apos;s agreement has lapsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the demo clock to the end of the fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The US Commerce enrollment renews into FY28 by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France&apos;s Commerce enrollment becomes Inactive: its agreement expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open program without an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace Rewards is open to all partners: Microsoft sends no invitation email; the invitation waits in the Incentives workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Marketplace Rewards for 4649101 in the workspace (no email was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll and Submit as Bao Nguyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the demo clock: Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::seed</name>
    <message>
        <source>This database already holds an organization; use a new file (or --force).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incentives::workflow</name>
    <message>
        <source>Partner Incentive Enrollment Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

Your organization&apos;s location %2 (%3) is eligible for %4 in %5. Select Get Started to accept the invitation and confirm your payout and tax profiles.

Microsoft Partner Center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partner Center incentive enrollment workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
